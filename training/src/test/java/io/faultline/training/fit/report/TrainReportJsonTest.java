package io.faultline.training.fit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainReportJsonTest {

    @Test
    void writesTheRecordTreeInFieldOrderWithUnixLineEnds() {
        assertEquals("""
                {
                  "detector" : "robust-zscore",
                  "params" : {
                    "window" : 10,
                    "threshold" : 4.0
                  },
                  "seed" : null,
                  "faultlineVersion" : "1.2.3",
                  "source" : {
                    "kind" : "store",
                    "name" : "metrics.duckdb",
                    "matchers" : [
                      "service=\\"cart\\""
                    ],
                    "fromMs" : 1000,
                    "toMs" : null
                  },
                  "dataRange" : {
                    "fromMs" : 1000,
                    "toMs" : 61000
                  },
                  "counts" : {
                    "series" : 2,
                    "trained" : 1,
                    "skipped" : 1,
                    "points" : 4
                  },
                  "series" : [
                    {
                      "series" : "cpu",
                      "status" : "trained",
                      "detail" : null,
                      "points" : 3,
                      "fromMs" : 1000,
                      "toMs" : 61000,
                      "dataSha256" : "ab",
                      "threshold" : 4.0,
                      "bandAtEnd" : {
                        "expected" : 1.5,
                        "lower" : 0.5,
                        "upper" : 2.5
                      },
                      "flaggedPoints" : 1,
                      "flaggedShare" : 0.3333333333333333,
                      "modelFile" : "cpu-68ab84f7c6d0.json"
                    },
                    {
                      "series" : "mem",
                      "status" : "insufficient_data",
                      "detail" : "1 finite points, detector 'robust-zscore' needs 30",
                      "points" : 1,
                      "fromMs" : 1000,
                      "toMs" : 1000,
                      "dataSha256" : "cd",
                      "threshold" : 4.0,
                      "bandAtEnd" : null,
                      "flaggedPoints" : null,
                      "flaggedShare" : null,
                      "modelFile" : null
                    }
                  ]
                }
                """, TrainReportJson.toJson(sample()));
    }

    @Test
    void readsBackWhatItWrote() {
        assertEquals(sample(), TrainReportJson.fromJson(TrainReportJson.toJson(sample()), "train-report.json"));
    }

    @Test
    void aDocumentThatIsNotAReportNamesTheSourceAndWhere() {
        String unknownField = TrainReportJson.toJson(sample()).replace("\"lower\" : 0.5", "\"lowr\" : 0.5");
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> TrainReportJson.fromJson(unknownField, "r.json"));
        assertTrue(field.getMessage().startsWith("r.json at 'series[0].bandAtEnd.lowr': not a training report: "
                + "Unrecognized field \"lowr\""), field.getMessage());

        IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class,
                () -> TrainReportJson.fromJson("{\n  \"detector\" : \"x\",\n  ]", "r.json"));
        assertTrue(syntax.getMessage().startsWith("r.json line 3: not a training report: Unexpected character (']'"),
                syntax.getMessage());
    }

    private static TrainReport sample() {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("window", 10).put("threshold", 4.0);
        return new TrainReport("robust-zscore", params, null, "1.2.3",
                new SourceReport("store", "metrics.duckdb", List.of("service=\"cart\""), 1000L, null),
                new DataRange(1000, 61_000), new Counts(2, 1, 1, 4),
                List.of(new SeriesReport("cpu", SeriesStatus.TRAINED, null, 3, 1000L, 61_000L, "ab", 4.0,
                                new Band(1.5, 0.5, 2.5), 1, 1 / 3.0, "cpu-68ab84f7c6d0.json"),
                        new SeriesReport("mem", SeriesStatus.INSUFFICIENT_DATA,
                                "1 finite points, detector 'robust-zscore' needs 30", 1, 1000L, 1000L, "cd", 4.0,
                                null, null, null, null)));
    }
}
