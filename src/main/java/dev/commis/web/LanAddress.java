package dev.commis.web;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/**
 * The host to put in links when {@code web.public_url} is not set: the address listened on, or, when
 * that is every address ({@code 0.0.0.0}), this machine's address on the home network (a private IPv4
 * address), which a tablet on the same network can reach.
 */
final class LanAddress {

    private LanAddress() {
    }

    static String forLinks(String bind) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return bind.contains(":") ? "[" + bind + "]" : bind;
        }
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!face.isUp() || face.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // fall through: this machine only
        }
        return "127.0.0.1";
    }
}
