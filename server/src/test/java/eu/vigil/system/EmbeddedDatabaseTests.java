package eu.vigil.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data in its data directory across restarts. */
class EmbeddedDatabaseTests {

    @Test
    void dataSurvivesARestartAndALiveServerIsDetected(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        var properties = new DatabaseProperties(true, data, 0, "persist", true, false);
        EmbeddedDatabase first = EmbeddedDatabase.start(properties);
        try (Connection c = first.dataSource("persist").getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('survives')");
        }
        assertThat(EmbeddedDatabase.portOfLiveServer(data.toAbsolutePath())).isPresent();
        EmbeddedDatabase.stopForTests(data);
        assertThat(EmbeddedDatabase.portOfLiveServer(data.toAbsolutePath())).isEmpty();

        EmbeddedDatabase second = EmbeddedDatabase.start(properties);
        try (Connection c = second.dataSource("persist").getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select v from kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives");
            var fsync = s.executeQuery("show fsync");
            fsync.next();
            assertThat(fsync.getString(1)).as("durable by default").isEqualTo("on");
        } finally {
            EmbeddedDatabase.stopForTests(data);
        }
    }
}
