package eu.vigil.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded server asks every client for a password (SCRAM), the secrets sit beside the data directory for the
 * owner only, the application works as a role without superuser rights, and data directories of older versions
 * (which trusted every local connection) are upgraded in place (ADR 0016).
 */
class DatabaseAuthenticationTests {

    @Test
    void connectionsWithoutTheSecretAreRefusedAndTheApplicationIsNoSuperuser(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        var properties = new DatabaseProperties(true, data, 0, "authn", false, false);
        EmbeddedDatabase db = EmbeddedDatabase.start(properties);
        try {
            int port = EmbeddedDatabase.portOfLiveServer(data.toAbsolutePath()).orElseThrow();
            for (String role : List.of("postgres", "vigil")) {
                assertThatThrownBy(() -> connect(port, role, null)).as(role + " without password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> connect(port, role, "not-the-secret")).as(role + " with a wrong password")
                        .isInstanceOf(SQLException.class);
            }
            try (Connection c = db.dataSource("authn").getConnection(); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select current_user, rolsuper, rolcreaterole, rolcreatedb from pg_roles "
                        + "where rolname = current_user");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("vigil");
                assertThat(rs.getBoolean(2)).as("superuser").isFalse();
                assertThat(rs.getBoolean(3)).as("createrole").isFalse();
                assertThat(rs.getBoolean(4)).as("createdb").isFalse();
                var owner = s.executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = 'authn'");
                owner.next();
                assertThat(owner.getString(1)).isEqualTo("vigil");
                var hba = s.executeQuery("show password_encryption");
                hba.next();
                assertThat(hba.getString(1)).isEqualTo("scram-sha-256");
            }
            Path secrets = data.toAbsolutePath().resolveSibling("pg-secrets");
            assertThat(perms(secrets)).isEqualTo("rwx------");
            for (String file : List.of("postgres.password", "vigil.password")) {
                assertThat(perms(secrets.resolve(file))).as(file).isEqualTo("rw-------");
            }
            String pw = Files.readString(secrets.resolve("vigil.password")).strip();
            try (Connection c = connect(port, "vigil", pw)) {
                assertThat(c.isValid(1)).as("the secret file opens the database").isTrue();
            }
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust").contains("scram-sha-256");
        } finally {
            EmbeddedDatabase.stopForTests(data);
        }
    }

    @Test
    void aDataDirectoryOfAnOlderVersionThatTrustedEveryoneIsUpgraded(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        // What earlier versions left behind: trust for every local connection, everything owned by postgres.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dir.resolve("pg-binaries").toFile()).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database legacy");
            }
            try (Connection c = old.getDatabase("postgres", "legacy").getConnection(); Statement s = c.createStatement()) {
                s.execute("create extension btree_gist");
                s.execute("create table kept (id bigint generated always as identity primary key, v text)");
                s.execute("insert into kept (v) values ('from the old version')");
                s.execute("create sequence loose_numbers");
                s.execute("create view kept_view as select v from kept");
                s.execute("create function kept_count() returns bigint language sql as 'select count(*) from kept'");
            }
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        var properties = new DatabaseProperties(true, data, 0, "legacy", false, false);
        EmbeddedDatabase db = EmbeddedDatabase.start(properties);
        try {
            int port = EmbeddedDatabase.portOfLiveServer(data.toAbsolutePath()).orElseThrow();
            assertThatThrownBy(() -> connect(port, "postgres", null)).isInstanceOf(SQLException.class);
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
            try (Connection c = db.dataSource("legacy").getConnection(); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select v from kept");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from the old version");
                s.execute("insert into kept (v) values ('from the new version')");
                s.execute("alter table kept add column w text");
                s.executeQuery("select nextval('loose_numbers')").close();
                s.executeQuery("select * from kept_view").close();
                s.execute("create or replace function kept_count() returns bigint language sql as 'select 1::bigint'");
                var owners = s.executeQuery("""
                        select count(*) from pg_class where relnamespace = 'public'::regnamespace
                        and pg_get_userbyid(relowner) <> 'vigil'""");
                owners.next();
                assertThat(owners.getInt(1)).as("relations still owned by another role").isZero();
            }
        } finally {
            EmbeddedDatabase.stopForTests(data);
        }

        EmbeddedDatabase again = EmbeddedDatabase.start(properties);
        try (Connection c = again.dataSource("legacy").getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select count(*) from kept");
            rs.next();
            assertThat(rs.getInt(1)).as("a restart after the upgrade").isEqualTo(2);
        } finally {
            EmbeddedDatabase.stopForTests(data);
        }
    }

    @Test
    void aSchemaMigratedByAnOlderVersionAsSuperuserIsMigratedFurtherByTheApplicationRole(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dir.resolve("pg-binaries").toFile()).start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database vigil");
            }
            Flyway.configure().dataSource(old.getDatabase("postgres", "vigil")).locations("classpath:db/migration")
                    .target("22").load().migrate();
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(new DatabaseProperties(true, data, 0, "vigil", false, false));
        try {
            var result = Flyway.configure().dataSource(db.dataSource("vigil")).locations("classpath:db/migration")
                    .load().migrate();
            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).as("V23 and later, as the role vigil").isPositive();
            try (Connection c = db.dataSource("vigil").getConnection(); Statement s = c.createStatement()) {
                var who = s.executeQuery("select current_user, (select rolsuper from pg_roles where rolname = current_user),"
                        + " (select pg_get_userbyid(relowner) from pg_class where relname = 'flyway_schema_history')");
                who.next();
                assertThat(who.getString(1)).isEqualTo("vigil");
                assertThat(who.getBoolean(2)).as("superuser").isFalse();
                assertThat(who.getString(3)).as("owner of Flyway's history").isEqualTo("vigil");
                var rs = s.executeQuery("select count(*) from competent_authority");
                rs.next();
                assertThat(rs.getInt(1)).as("seeded data of the older version").isPositive();
            }
        } finally {
            EmbeddedDatabase.stopForTests(data);
        }
    }

    @Test
    void aSecondProcessJoiningTheServerUsesTheSameSecret(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        var properties = new DatabaseProperties(true, data, 0, "joined", false, false);
        EmbeddedDatabase.start(properties);
        try {
            EmbeddedDatabase joined = EmbeddedDatabase.join(data.toAbsolutePath(), properties);
            try (Connection c = joined.dataSource("joined").getConnection(); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select current_user");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("vigil");
            }
        } finally {
            EmbeddedDatabase.stopForTests(data);
        }
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("postgres");
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
        return ds.getConnection();
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
