/**
 * The HTTP surface: the Javalin server, all routes in {@link io.faultline.api.http.Routes}, request
 * parsing and the single exception mapper. Handlers validate, call one service method and map the
 * result to a response record; they hold no logic of their own. {@link io.faultline.api.http.AccessControl}
 * checks every scoped route's bearer token first and records the {@link io.faultline.api.http.Actor}.
 */
package io.faultline.api.http;
