package dev.commis.importer;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into its addresses; the system's resolver, or a fixed table in tests. */
@FunctionalInterface
public interface HostResolver {

    /** The system's resolver. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
