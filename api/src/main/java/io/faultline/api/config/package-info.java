/**
 * Configuration: one YAML file with environment overrides, bound to records, validated once at
 * startup and frozen. May import ingest (for limits) and Jackson; nothing else of Faultline.
 */
package io.faultline.api.config;
