package io.faultline.api.security;

import io.javalin.security.RouteRole;

/**
 * What an API token may do; every route but the health probes declares the one it needs.
 * {@code INGEST} pushes data, {@code READ} queries it, {@code ACT} changes incidents and runs
 * recoveries, {@code ADMIN} reads and changes the server's own settings.
 */
public enum Scope implements RouteRole {
    INGEST, READ, ACT, ADMIN
}
