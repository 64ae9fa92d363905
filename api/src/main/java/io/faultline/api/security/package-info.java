/**
 * API tokens: loading them from the tokens file (with secrets optionally taken from the
 * environment), keeping only their SHA-256 digests, and finding the token a request presents in
 * constant time. Enforcement per route is {@link io.faultline.api.http.AccessControl}'s job.
 *
 * <p>May import {@code io.faultline.api.http.Scope}, {@code io.faultline.api.config},
 * {@code io.faultline.ingest} (for {@code InvalidInputException}) and Jackson.
 */
package io.faultline.api.security;
