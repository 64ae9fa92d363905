/**
 * The HTTP surface: the Javalin server, all routes in {@link io.faultline.api.http.Routes}, request
 * parsing and the single exception mapper. Handlers validate, call one service method and map the
 * result to a response record; they hold no logic of their own.
 */
package io.faultline.api.http;
