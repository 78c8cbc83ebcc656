package eu.vigil.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run as the superuser at every start of the embedded server: the application's own role (login, no superuser, no
 * createdb, no createrole) with its password from the secret file, the database owned by that role, and everything
 * an older version created as {@code postgres} handed over to it. Passwords are sent as SCRAM verifiers computed on
 * this side, never as clear text in a statement.
 */
final class DatabaseRoles {

    /** The role the application and Flyway work as. */
    static final String APP_ROLE = "vigil";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

    private DatabaseRoles() {
    }

    /** Gives the superuser its password (data directories of older versions had none). */
    static void setSuperuserPassword(DataSource superuser, DatabaseSecrets secrets) throws SQLException {
        try (Connection c = superuser.getConnection()) {
            c.unwrap(PGConnection.class).alterUserPassword("postgres", secrets.superuser().toCharArray(), "scram-sha-256");
        }
    }

    /** Creates or corrects the application role and makes it the owner of {@code database}, creating that too. */
    static void ensureAppRole(DataSource superuser, DatabaseSecrets secrets, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain lower-case identifier: " + database);
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls";
            if (exists(s, "select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                s.execute("alter role " + APP_ROLE + attributes);
            } else {
                s.execute("create role " + APP_ROLE + attributes);
            }
            c.unwrap(PGConnection.class).alterUserPassword(APP_ROLE, secrets.app().toCharArray(), "scram-sha-256");
            if (exists(s, "select 1 from pg_database where datname = '" + database + "'")) {
                s.execute("alter database " + database + " owner to " + APP_ROLE);
            } else {
                s.execute("create database " + database + " owner " + APP_ROLE);
            }
        }
    }

    /**
     * Hands the objects that the superuser owns in {@code public} (tables, sequences, views, functions, types, made
     * by older versions, which worked as {@code postgres}) to the application role. Members of extensions stay
     * with the extension.
     */
    static void handOverObjects(DataSource superuserOfDatabase) throws SQLException {
        try (Connection c = superuserOfDatabase.getConnection(); Statement s = c.createStatement()) {
            List<String> statements = new ArrayList<>();
            String notInExtension = " and not exists (select 1 from pg_depend d where d.objid = o.oid and d.deptype = 'e')";
            collect(s, statements, """
                    select format('alter %s %I.%I owner to %I', case o.relkind when 'S' then 'sequence'
                           when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table'
                           else 'table' end, n.nspname, o.relname, '{role}')
                    from pg_class o join pg_namespace n on n.oid = o.relnamespace
                    where n.nspname = 'public' and o.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                      and o.relowner = 'postgres'::regrole
                      and not exists (select 1 from pg_depend d where d.objid = o.oid and d.deptype in ('a', 'i'))
                    """.replace("{role}", APP_ROLE) + notInExtension);
            collect(s, statements, """
                    select format('alter routine %s owner to %I', o.oid::regprocedure, '{role}')
                    from pg_proc o where o.pronamespace = 'public'::regnamespace and o.proowner = 'postgres'::regrole
                    """.replace("{role}", APP_ROLE) + notInExtension);
            collect(s, statements, """
                    select format('alter type %s owner to %I', o.oid::regtype, '{role}')
                    from pg_type o where o.typnamespace = 'public'::regnamespace and o.typowner = 'postgres'::regrole
                      and o.typtype in ('e', 'd', 'r') and o.typrelid = 0
                    """.replace("{role}", APP_ROLE) + notInExtension);
            for (String statement : statements) {
                s.execute(statement);
            }
            if (!statements.isEmpty()) {
                log.info("Handed {} database objects of the superuser to the role {}", statements.size(), APP_ROLE);
            }
        }
    }

    private static void collect(Statement s, List<String> into, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }
}
