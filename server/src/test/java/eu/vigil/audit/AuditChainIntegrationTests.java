package eu.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import eu.vigil.testing.IntegrationTest;

/** R35: the audit log is append-only and verification names the first tampered, removed or cut record. */
class AuditChainIntegrationTests extends IntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditVerificationCommand command;
    @Autowired
    DataSource dataSource;

    @Test
    void freshChainVerifiesAndLinksEveryRecordToItsPredecessor() {
        AuditRecord first = append("first");
        AuditRecord second = append("second");
        assertThat(second.seq()).isEqualTo(first.seq() + 1);
        assertThat(second.previousHash()).isEqualTo(first.recordHash());
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Intact.class);
        assertThat(run()).isZero();
    }

    @Test
    void updatesAndDeletesAreRefusedByTheDatabase() {
        AuditRecord r = append("immutable");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThatThrownBy(() -> jdbc.update("update audit_record set details = '{}' where seq = ?", r.seq()))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_record where seq = ?", r.seq()))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_record")).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aModifiedRowIsFoundAtThatRow() throws Exception {
        AuditRecord target = append("to be tampered");
        append("after it");
        String original = target.details();
        tamper("update audit_record set details = '{\"note\":\"forged\"}' where seq = " + target.seq());
        try {
            var result = audit.verify();
            assertThat(result).isInstanceOf(AuditVerification.Broken.class);
            assertThat(((AuditVerification.Broken) result).seq()).isEqualTo(target.seq());
            assertThat(((AuditVerification.Broken) result).reason()).contains("modified");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(command.run(new PrintStream(out))).isEqualTo(1);
            assertThat(out.toString()).contains("BROKEN at record " + target.seq());
        } finally {
            tamper("update audit_record set details = '" + original.replace("'", "''") + "' where seq = " + target.seq());
        }
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void aChangedTimestampOrActorIsFound() throws Exception {
        AuditRecord target = append("actor check");
        tamper("update audit_record set actor_label = 'someone else' where seq = " + target.seq());
        try {
            assertThat(((AuditVerification.Broken) audit.verify()).seq()).isEqualTo(target.seq());
        } finally {
            tamper("update audit_record set actor_label = '" + target.actorLabel().replace("'", "''") + "' where seq = "
                    + target.seq());
        }
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void aDeletedRowIsFoundAsMissing() throws Exception {
        AuditRecord target = append("to be deleted");
        append("successor");
        tamper("create temporary table saved as select * from audit_record where seq = " + target.seq()
                + "; delete from audit_record where seq = " + target.seq()
                + "; insert into saved_copy select * from saved", true);
        try {
            var result = (AuditVerification.Broken) audit.verify();
            assertThat(result.seq()).isEqualTo(target.seq());
            assertThat(result.reason()).contains("missing");
        } finally {
            tamper("insert into audit_record select * from saved_copy; drop table saved_copy");
        }
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    @Test
    void removingTheLastRecordsIsFoundThroughTheHead() throws Exception {
        AuditRecord last = append("tail");
        tamper("create table saved_tail as select * from audit_record where seq = " + last.seq()
                + "; delete from audit_record where seq = " + last.seq());
        try {
            var result = (AuditVerification.Broken) audit.verify();
            assertThat(result.reason()).contains("removed");
        } finally {
            tamper("insert into audit_record select * from saved_tail; drop table saved_tail");
        }
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Intact.class);
    }

    private AuditRecord append(String note) {
        return audit.append(Auditor.system("audit test"), new AuditEvent("test.appended", "test", note, null,
                Map.of("note", note), Map.of("note", note)));
    }

    private int run() {
        return command.run(new PrintStream(new ByteArrayOutputStream()));
    }

    private void tamper(String sql) throws Exception {
        tamper(sql, false);
    }

    /**
     * Runs SQL as an attacker with the application's database credentials would: as owner of the table, with its
     * triggers switched off inside one transaction (other sessions never see them off).
     */
    private void tamper(String sql, boolean keepCopy) throws Exception {
        try (var connection = dataSource.getConnection()) {
            var single = new SingleConnectionDataSource(connection, true);
            JdbcTemplate jdbc = new JdbcTemplate(single);
            if (keepCopy) {
                jdbc.execute("create table if not exists saved_copy as select * from audit_record where false");
            }
            connection.setAutoCommit(false);
            try {
                jdbc.execute("alter table audit_record disable trigger user");
                for (String statement : sql.split(";")) {
                    jdbc.execute(statement);
                }
                jdbc.execute("alter table audit_record enable trigger user");
                connection.commit();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
