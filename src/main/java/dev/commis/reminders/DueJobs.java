package dev.commis.reminders;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/** The scheduler's queue: jobs in the order they fall due, taken when due, and a wait until the next one. Thread-safe. */
final class DueJobs {

    private final PriorityQueue<ReminderJob> queue = new PriorityQueue<>(ReminderJob.ORDER);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    void add(ReminderJob job) {
        lock.lock();
        try {
            queue.add(job);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Puts {@code jobs} in place of everything queued. */
    void replaceWith(List<ReminderJob> jobs) {
        lock.lock();
        try {
            queue.clear();
            queue.addAll(jobs);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the jobs due by {@code clock}'s time, soonest first. */
    List<ReminderJob> takeDue(Clock clock) {
        lock.lock();
        try {
            List<ReminderJob> due = new ArrayList<>();
            while (!queue.isEmpty() && !queue.peek().at().isAfter(clock.instant())) {
                due.add(queue.poll());
            }
            return due;
        } finally {
            lock.unlock();
        }
    }

    void removeIf(Predicate<ReminderJob> which) {
        lock.lock();
        try {
            queue.removeIf(which);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the soonest job falls due by {@code clock}, a job is added, or {@code longest} passed: at most that
     * long, so that a clock that jumps is noticed soon.
     */
    void awaitNext(Clock clock, Duration longest) throws InterruptedException {
        lock.lock();
        try {
            ReminderJob head = queue.peek();
            Duration until = head == null ? longest : Duration.between(clock.instant(), head.at());
            long wait = (until.compareTo(longest) < 0 ? until : longest).toNanos(); // no overflow for a far date
            if (wait > 0) {
                changed.awaitNanos(wait);
            }
        } finally {
            lock.unlock();
        }
    }
}
