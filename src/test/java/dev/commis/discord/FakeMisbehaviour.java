package dev.commis.discord;

import mockwebserver3.MockResponse;

/**
 * One way Discord's REST API fails a request, switched on by a test; of those that apply to a request, the oldest
 * answers it, and is dropped once it is spent.
 */
interface FakeMisbehaviour {

    /** Whether this misbehaviour applies to {@code method route} ({@code route} relative to {@code /api/v10/}). */
    boolean appliesTo(String method, String route);

    /** The response to give instead of Discord's answer. Called once per request it applies to, while not spent. */
    MockResponse intercept(String method, String route);

    /** Whether this misbehaviour has nothing left to do. */
    boolean spent();
}
