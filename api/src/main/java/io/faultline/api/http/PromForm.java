package io.faultline.api.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parameters of the Prometheus query API, which clients send in the query string (GET) or as a
 * form-encoded body (POST, as promtool and Grafana do); like Prometheus, both are read.
 */
final class PromForm {
    private PromForm() {
    }

    /** The first value of {@code name}, or null when absent. */
    static String get(Context ctx, String name) {
        List<String> values = all(ctx, name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Every value of {@code name}, e.g. the repeated {@code match[]}. */
    static List<String> all(Context ctx, String name) {
        List<String> values = new ArrayList<>(ctx.queryParams(name));
        String type = ctx.contentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            values.addAll(ctx.formParams(name));
        }
        return values;
    }

    /** {@code match[]}, with Faultline's earlier {@code match} accepted as an alias. */
    static List<String> match(Context ctx) {
        List<String> values = all(ctx, "match[]");
        values.addAll(all(ctx, "match"));
        return values;
    }
}
