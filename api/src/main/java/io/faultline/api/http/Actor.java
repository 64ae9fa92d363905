package io.faultline.api.http;

import io.javalin.http.Context;

/**
 * Who is making a request: the name of the API token it presented, set by {@link AccessControl}
 * before the handler runs. Handlers pass it to services that record who acknowledged or acted.
 */
public final class Actor {
    /** The actor when access control is off (or on a public route). */
    public static final String ANONYMOUS = "anonymous";
    private static final String ATTRIBUTE = "faultline.actor";

    private Actor() {
    }

    /** The token name of the request, or {@link #ANONYMOUS}. */
    public static String of(Context ctx) {
        String name = ctx.attribute(ATTRIBUTE);
        return name == null ? ANONYMOUS : name;
    }

    static void set(Context ctx, String name) {
        ctx.attribute(ATTRIBUTE, name);
    }
}
