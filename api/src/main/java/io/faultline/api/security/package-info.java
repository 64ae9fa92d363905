/**
 * API tokens: loading them from the tokens file (with secrets optionally taken from the
 * environment), keeping only their SHA-256 digests, and finding the token a request presents in
 * constant time, and the {@link io.faultline.api.security.Scope}s a token may hold. Enforcement per
 * route is the HTTP layer's job.
 *
 * <p>May import {@code io.faultline.api.config}, {@code io.faultline.ingest} (for
 * {@code InvalidInputException}), Jackson and Javalin's {@code RouteRole}.
 */
package io.faultline.api.security;
