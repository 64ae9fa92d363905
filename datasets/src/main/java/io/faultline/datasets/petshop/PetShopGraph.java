package io.faultline.datasets.petshop;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.CsvCells;
import io.faultline.datasets.rcaeval.CsvRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a PetShop {@code graph.csv}: an adjacency matrix as pandas writes it, a header row of target nodes
 * after an empty first cell, then one row per source node. A non-zero cell is a call from the row's node to
 * the column's node (PetShop loads it with {@code networkx.from_pandas_adjacency}, row = source); the
 * published matrices hold only 0.0 and 1.0. The components keep the header's order.
 */
final class PetShopGraph {
    private PetShopGraph() {
    }

    static CallGraph read(Path file) throws IOException {
        try (CsvRows rows = CsvRows.open(file)) {
            List<String> header = rows.next();
            if (header == null) {
                throw rows.error("file is empty, expected a header of node names");
            }
            List<String> nodes = header.subList(1, header.size()).stream().map(String::strip).toList();
            Set<String> sources = new HashSet<>();
            List<CallGraph.Edge> edges = new ArrayList<>();
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                if (row.size() != header.size()) {
                    throw rows.error("expected " + header.size() + " fields as in the header, found " + row.size());
                }
                String source = row.get(0).strip();
                if (!nodes.contains(source)) {
                    throw rows.error("row node \"" + source + "\" is not among the header's nodes");
                }
                if (!sources.add(source)) {
                    throw rows.error("node \"" + source + "\" has a second row");
                }
                for (int c = 1; c < row.size(); c++) {
                    double weight;
                    try {
                        weight = CsvCells.value(row.get(c));
                    } catch (NumberFormatException e) {
                        throw rows.error("column \"" + nodes.get(c - 1) + "\": \"" + row.get(c) + "\" is not a number");
                    }
                    if (Double.isNaN(weight)) {
                        throw rows.error("column \"" + nodes.get(c - 1) + "\" is empty; the matrix needs 0 or 1");
                    }
                    if (weight != 0) {
                        edges.add(new CallGraph.Edge(source, nodes.get(c - 1)));
                    }
                }
            }
            if (sources.size() != nodes.size()) {
                throw rows.error("the matrix has " + sources.size() + " rows for " + nodes.size() + " nodes");
            }
            try {
                return new CallGraph(nodes, edges);
            } catch (IllegalArgumentException e) {
                throw rows.error(e.getMessage());
            }
        }
    }
}
