/**
 * The services behind the HTTP handlers, one per concern, each a thin layer over the pipeline and
 * the store. They know nothing of HTTP: "not found" and bad input are exceptions the HTTP layer maps.
 */
package io.faultline.api.service;
