package eu.vigil.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Vigil keeps its data.
 *
 * @param embedded     start an embedded PostgreSQL (the default); {@code false} uses {@code spring.datasource.*}
 * @param dataDir      data directory of the embedded server; survives restarts
 * @param port         port of the embedded server, 0 for any free port
 * @param databaseName database created inside the embedded server
 * @param durable      fsync and synchronous commit on (off only for throwaway test databases)
 * @param clean        wipe the data directory at start (tests only)
 */
@ConfigurationProperties("vigil.database")
public record DatabaseProperties(
        @DefaultValue("true") boolean embedded,
        @DefaultValue("data/pg") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("vigil") String databaseName,
        @DefaultValue("true") boolean durable,
        @DefaultValue("false") boolean clean) {
}
