package dev.commis.importer;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a link may be fetched from the machine Commis runs on: only http and https,
 * and, unless private addresses are allowed, only hosts whose every address is public (not
 * loopback, private, link-local, carrier-grade NAT, unique-local, multicast or unspecified).
 * The host is resolved first, so a public name that points at 127.0.0.1 is refused too.
 */
public final class AddressGuard {

    private final HostResolver resolver;
    private final boolean allowPrivate;

    public AddressGuard(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /**
     * Checks one hop.
     *
     * @param uri   the address about to be fetched
     * @param asked the link the person gave, named in the error
     */
    public void check(URI uri, String asked) throws ImportException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ImportException(ImportException.Reason.BAD_URL, asked,
                    scheme.isEmpty() ? "no scheme" : "scheme " + scheme + " is not allowed");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new ImportException(ImportException.Reason.BAD_URL, asked, "no host");
        }
        if (allowPrivate) {
            return;
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new ImportException(ImportException.Reason.UNKNOWN_HOST, asked, host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new ImportException(ImportException.Reason.REFUSED_ADDRESS, asked,
                        host + " (" + kind(address) + " address " + address.getHostAddress() + ")");
            }
        }
    }

    /** Whether {@code address} is on the public internet. */
    static boolean isPublic(InetAddress address) {
        return kind(address).isEmpty();
    }

    /** What kind of non-public address it is, or "" for a public one. */
    static String kind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))) {
                return "private";
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "private"; // unique local fc00::/7
            }
            if (isMappedOrCompatible(b)) {
                try {
                    return kind(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "private";
                }
            }
        }
        return "";
    }

    /** ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address that must be judged as such. */
    private static boolean isMappedOrCompatible(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }
}
