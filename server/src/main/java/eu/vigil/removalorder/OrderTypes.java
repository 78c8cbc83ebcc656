package eu.vigil.removalorder;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The configured order types (R53) with the TCO rules each is under (issue 11, defect 6). */
@Service
public class OrderTypes {

    private final JdbcClient jdbc;

    OrderTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OrderType> all() {
        return jdbc.sql("select * from order_type order by code desc").query((rs, n) -> map(rs)).list();
    }

    public Optional<OrderType> find(String code) {
        return jdbc.sql("select * from order_type where code = ?").param(code).query((rs, n) -> map(rs)).optional();
    }

    private static OrderType map(java.sql.ResultSet rs) throws java.sql.SQLException {
        int deadline = rs.getInt("deadline_minutes");
        Duration limit = rs.wasNull() ? null : Duration.ofMinutes(deadline);
        return new OrderType(rs.getString("code"), rs.getString("name"), rs.getString("legal_basis"), limit,
                Duration.ofMinutes(rs.getInt("warning_minutes")), rs.getBoolean("requires_terrorist_content_reasons"),
                rs.getBoolean("requires_territorial_scope"), rs.getString("member_state") == null ? null
                        : rs.getString("member_state").strip(), rs.getBoolean("requires_issuing_role"),
                rs.getBoolean("requires_prior_information"),
                rs.getBoolean("opens_cross_border_scrutiny"), rs.getBoolean("counts_for_exposure"),
                rs.getBoolean("counts_in_tco_report"));
    }
}
