package io.faultline.api.notify;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One target's bounded queue and the daemon thread that drains it through a {@link RetryingSender},
 * re-sending firing incidents when the target asks for it. A full queue drops the new notification
 * (counted) rather than block the caller.
 */
final class NotifierChannel implements AutoCloseable {
    private final Notifier notifier;
    private final RetryingSender sender;
    private final Clock clock;
    private final BlockingQueue<IncidentNotification> queue;
    private final FiringAlerts firing;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    /** Newer content of firing incidents, by id; only the channel thread touches {@link #firing}. */
    private final Map<String, IncidentNotification> refreshed = new ConcurrentHashMap<>();

    NotifierChannel(Notifier notifier, Transport transport, RetryPolicy policy, Sleeper sleeper, Clock clock, int capacity) {
        this.notifier = notifier;
        this.sender = new RetryingSender(notifier.name(), transport, policy, sleeper);
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.firing = notifier.resendIntervalMs() > 0 ? new FiringAlerts(notifier.resendIntervalMs()) : null;
        this.thread = new Thread(this::run, "faultline-notify-" + notifier.name());
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void offer(IncidentNotification n) {
        if (!queue.offer(n)) {
            dropped.incrementAndGet();
        }
    }

    void refresh(IncidentNotification n) {
        if (firing != null) {
            refreshed.put(n.incidentId(), n); // outside the queue, so refreshes never crowd out notifications
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long wait = firing == null ? Long.MAX_VALUE : firing.msUntilNextDue(clock.millis());
                IncidentNotification n = queue.poll(wait, TimeUnit.MILLISECONDS);
                if (n != null) {
                    deliver(n);
                }
                if (firing != null) {
                    for (String id : List.copyOf(refreshed.keySet())) {
                        firing.refresh(refreshed.remove(id));
                    }
                    for (IncidentNotification due : firing.due(clock.millis())) {
                        send(due);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(IncidentNotification n) throws InterruptedException {
        send(n);
        if (firing != null) {
            firing.sent(n, clock.millis());
        }
    }

    private void send(IncidentNotification n) throws InterruptedException {
        Optional<HttpRequest> request = notifier.request(n);
        if (request.isPresent()) {
            sender.send(request.get());
        }
    }

    NotifierStats stats() {
        return new NotifierStats(notifier.name(), notifier.type(), sender.sent.get(), sender.retries.get(),
                sender.failed.get(), dropped.get(), queue.size());
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
