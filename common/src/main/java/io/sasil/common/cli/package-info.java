/**
 * The command-line tools behind {@code ./sasil}: {@link io.sasil.common.cli.IngestCommand} sends articles to
 * ingestion in batches and follows their analysis. Plain Java (java.net.http and Jackson); they call the
 * services only through their public HTTP API.
 */
package io.sasil.common.cli;
