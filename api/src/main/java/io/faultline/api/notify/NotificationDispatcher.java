package io.faultline.api.notify;

import io.faultline.rca.IncidentStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one entry point for incident notifications: {@link #publish} never blocks. A notification
 * repeating the last published state of its incident is not sent again (its newer content still
 * reaches the Alertmanager re-sends); any other goes to every target's {@link NotifierChannel}.
 * Thread-safe.
 */
public final class NotificationDispatcher implements AutoCloseable {
    /** How many incidents' last states are remembered for de-duplication. */
    private static final int REMEMBERED = 10_000;

    private final List<NotifierChannel> channels;
    private final Map<String, IncidentStatus> lastState = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IncidentStatus> eldest) {
            return size() > REMEMBERED;
        }
    };
    private long published;
    private long deduplicated;

    /** Dispatcher totals and one entry per target. */
    public record Stats(long published, long deduplicated, List<NotifierStats> notifiers) {
    }

    /** Starts one background channel per notifier. */
    public NotificationDispatcher(List<Notifier> notifiers, Transport transport, RetryPolicy policy, Sleeper sleeper,
                                  Clock clock, int queueCapacity) {
        List<NotifierChannel> list = new ArrayList<>();
        for (Notifier n : notifiers) {
            list.add(new NotifierChannel(n, transport, policy, sleeper, clock, queueCapacity));
        }
        this.channels = List.copyOf(list);
        channels.forEach(NotifierChannel::start);
    }

    /** A dispatcher with no targets: publishing only counts. */
    public static NotificationDispatcher none() {
        return new NotificationDispatcher(List.of(), r -> new Transport.Answer(200, java.util.Optional.empty()),
                new RetryPolicy(1, 1, 1), Sleeper.REAL, Clock.systemUTC(), 1);
    }

    /**
     * Queues {@code n} for every target unless its incident was last published in the same state.
     *
     * @return whether it was queued (false for a repeat)
     */
    public boolean publish(IncidentNotification n) {
        synchronized (lastState) {
            if (lastState.get(n.incidentId()) == n.state()) {
                deduplicated++;
                channels.forEach(c -> c.refresh(n));
                return false;
            }
            lastState.put(n.incidentId(), n.state());
            published++;
        }
        channels.forEach(c -> c.offer(n));
        return true;
    }

    /**
     * Queues an escalation ({@link IncidentNotification#escalated}) for every target, whatever was
     * published before: a failed recovery is news even though the incident's state did not change.
     */
    public void escalate(IncidentNotification n) {
        if (!n.isEscalation()) {
            throw new IllegalArgumentException("not an escalation: " + n.summary());
        }
        synchronized (lastState) {
            published++;
        }
        channels.forEach(c -> c.offer(n));
    }

    /**
     * Updates what targets re-send for a firing incident (a newer diagnosis) without announcing
     * anything; ignored unless {@code n} is in the incident's last published state.
     */
    public void refresh(IncidentNotification n) {
        synchronized (lastState) {
            if (lastState.get(n.incidentId()) != n.state()) {
                return;
            }
        }
        channels.forEach(c -> c.refresh(n));
    }

    public Stats stats() {
        synchronized (lastState) {
            return new Stats(published, deduplicated, channels.stream().map(NotifierChannel::stats).toList());
        }
    }

    /** Stops the senders; what is still queued is not sent. */
    @Override
    public void close() {
        channels.forEach(NotifierChannel::close);
    }
}
