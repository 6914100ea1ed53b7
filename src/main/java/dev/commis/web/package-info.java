/**
 * The kitchen screen: a small web server (the JDK's {@code com.sun.net.httpserver}) that serves each
 * chat's cook and timers as a live page, at the secret link {@code /screen} gives. It is an adapter
 * like the chat platforms: it reads the core's views, presses the chat's buttons through the core,
 * and hears of changes through {@link dev.commis.events.ChatEvents}; the core never imports it.
 */
package dev.commis.web;
