package eu.vigil.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.vigil.audit.AuditNames;

/** The names of people and organisations for audit sentences, from the users and organisations of this installation. */
@Component
class IdentityNames implements AuditNames {

    private final JdbcClient jdbc;

    IdentityNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> people(Collection<UUID> ids) {
        return names("select id, display_name from app_user where id = any(cast(:ids as uuid[]))", ids);
    }

    @Override
    public Map<UUID, String> organisations(Collection<UUID> ids) {
        return names("select id, name from organisation where id = any(cast(:ids as uuid[]))", ids);
    }

    @Override
    public Set<UUID> peopleNamed(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new HashSet<>(jdbc.sql("""
                select id from app_user where display_name ilike :like escape '\\' or username ilike :like escape '\\'
                limit 500""").param("like", like).query(UUID.class).list());
    }

    private Map<UUID, String> names(String sql, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql(sql).param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }
}
