package org.patternboard.model.rules.reliability;

import java.util.List;

/**
 * Which database engines RDS Proxy fronts: MySQL, MariaDB, PostgreSQL, SQL Server and Aurora, but not Oracle or
 * Db2 (AWS RDS Proxy documentation, supported engines).
 */
final class ProxyEngines {
    private static final List<String> UNSUPPORTED_PREFIXES = List.of("oracle", "db2");

    private ProxyEngines() {
    }

    static boolean supports(String engine) {
        return engine == null || UNSUPPORTED_PREFIXES.stream().noneMatch(engine::startsWith);
    }
}
