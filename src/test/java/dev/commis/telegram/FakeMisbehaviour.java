package dev.commis.telegram;

import mockwebserver3.MockResponse;

/**
 * One way the road to Telegram fails a send, switched on by a test; the fake asks the oldest one first, and
 * drops it once it is spent.
 */
interface FakeMisbehaviour {

    /** The response to give this send instead of Telegram's answer. Called once per send while not spent. */
    MockResponse intercept(String method);

    /** Whether this misbehaviour has nothing left to do. */
    boolean spent();
}
