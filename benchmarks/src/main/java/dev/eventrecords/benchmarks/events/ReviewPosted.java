package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.CompiledJson;
import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import io.avaje.jsonb.Json;
import java.time.Instant;

/**
 * The text shape: a review whose body is a few kilobytes of text with quotes, backslashes, control characters and
 * non-ASCII letters, CJK and emoji, so that escaping and UTF-8 encoding are most of the work; a few short fields.
 */
@Event(topic = "bench.reviews")
@Json
@CompiledJson
public record ReviewPosted(
        @Key String reviewId,
        String productId,
        String author,
        @EventTime Instant postedAt,
        int rating,
        String title,
        String body) {}
