/**
 * The server's assembly: {@link io.faultline.api.FaultlineApp} starts the store, the live pipeline,
 * the recovery engine, the notifiers and the HTTP server from one configuration, wires their counters
 * into {@code /metrics}, and closes them in reverse order. The subpackages hold the parts; only this
 * package knows all of them. Imports every module and every subpackage of {@code api}.
 */
package io.faultline.api;
