package eu.vigil.crisis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Reads crisis rows; the one place that knows the columns. */
final class CrisisRows {

    private CrisisRows() {
    }

    static CrisisCase crisis(ResultSet rs) throws SQLException {
        return new CrisisCase(new CrisisId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                rs.getString("title"), CrisisPhase.valueOf(rs.getString("phase")), rs.getBoolean("was_activated"),
                rs.getObject("raised_by", UUID.class), instant(rs, "raised_at"), rs.getString("observation"),
                instant(rs, "activated_at"), instant(rs, "closed_at"), instant(rs, "reviewed_at"), rs.getString("review"),
                instant(rs, "last_report_at"), instant(rs, "last_reminder_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
