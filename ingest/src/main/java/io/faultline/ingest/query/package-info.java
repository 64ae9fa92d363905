/** Query-side parsing: Prometheus series selectors into label matchers. Imports only ingest. */
package io.faultline.ingest.query;
