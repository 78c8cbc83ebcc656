package eu.vigil.system;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Provides the data source of the embedded PostgreSQL default, connected as the application role {@code vigil} with
 * its password from {@code pg-secrets/} (ADR 0016). With {@code vigil.database.embedded=false}
 * this configuration steps aside and Spring Boot builds the data source from {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean
    @ConditionalOnProperty(name = "vigil.database.embedded", havingValue = "true", matchIfMissing = true)
    DataSource dataSource(DatabaseProperties properties) {
        EmbeddedDatabase database = EmbeddedDatabase.start(properties);
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.dataSource(properties.databaseName()));
        config.setMaximumPoolSize(10);
        config.setPoolName("vigil");
        return new HikariDataSource(config);
    }
}
