package io.twinbench.ingest.host;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Date;
import java.util.List;

import io.twinbench.model.build.TwinBuilder;
import io.twinbench.model.twin.Connection;
import io.twinbench.model.twin.DependencyType;
import io.twinbench.model.twin.Element;
import io.twinbench.model.twin.Endpoint;
import io.twinbench.model.twin.ListeningPort;
import io.twinbench.model.twin.Process;
import io.twinbench.model.twin.Service;
import io.twinbench.model.twin.ServiceState;
import io.twinbench.model.twin.TransportProtocol;
import io.twinbench.model.twin.TwinPackage;
import oshi.software.os.InternetProtocolStats.IPConnection;
import oshi.software.os.InternetProtocolStats.TcpState;
import oshi.software.os.OSProcess;
import oshi.software.os.OSService;
import oshi.software.os.OperatingSystem;

/** Operating system, processes, services, listening ports and connections, linked to each other. */
final class SoftwareReader {

    private static final TwinPackage P = TwinPackage.eINSTANCE;
    private final OperatingSystem os;
    private final TwinBuilder builder;
    private final Endpoint endpoint;

    SoftwareReader(OperatingSystem os, TwinBuilder builder, Endpoint endpoint) {
        this.os = os;
        this.builder = builder;
        this.endpoint = endpoint;
    }

    void read() {
        var version = os.getVersionInfo();
        Element system = builder.element(P.getOperatingSystem(), "os", os.getFamily() + " " + version.getVersion(),
                (io.twinbench.model.twin.OperatingSystem o) -> {
                    o.setFamily(os.getFamily());
                    o.setVersion(version.getVersion() + (version.getCodeName().isEmpty() ? "" : " (" + version.getCodeName() + ")"));
                    o.setKernel(version.getBuildNumber());
                    o.setBitness(os.getBitness());
                });
        builder.edge(system, DependencyType.RUNS_ON, endpoint);
        List<OSProcess> processes = os.getProcesses();
        for (OSProcess p : processes) {
            builder.element(P.getProcess(), processId(p.getProcessID()), p.getName(), (Process e) -> {
                e.setPid(p.getProcessID());
                e.setParentPid(p.getParentProcessID());
                e.setUser(p.getUser());
                e.setCommandLine(p.getCommandLine());
                e.setPath(p.getPath());
                e.setState(p.getState().name());
                e.setResidentBytes(p.getResidentSetSize());
                e.setCpuPercent(100d * p.getProcessCpuLoadCumulative());
                e.setStartTime(new Date(p.getStartTime()));
            });
        }
        for (OSProcess p : processes) {
            Element parent = builder.find(processId(p.getParentProcessID()));
            builder.edge(builder.find(processId(p.getProcessID())), parent == null ? DependencyType.RUNS_ON : DependencyType.CHILD_OF,
                    parent == null ? system : parent);
        }
        readServices(system);
        readConnections();
    }

    static String processId(int pid) {
        return TwinBuilder.id("proc", pid);
    }

    private void readServices(Element system) {
        for (OSService s : os.getServices()) {
            Service service = builder.element(P.getService(), TwinBuilder.id("svc", s.getName()), s.getName(), (Service e) -> {
                e.setUnit(s.getName());
                e.setState(switch (s.getState()) {
                    case RUNNING -> ServiceState.ACTIVE;
                    case STOPPED -> ServiceState.INACTIVE;
                    default -> ServiceState.UNKNOWN;
                });
            });
            builder.edge(service, DependencyType.RUNS_ON, system);
            if (s.getProcessID() > 0) {
                builder.edge(builder.find(processId(s.getProcessID())), DependencyType.PART_OF, service);
            }
        }
    }

    private void readConnections() {
        for (IPConnection c : os.getInternetProtocolStats().getConnections()) {
            TransportProtocol protocol = protocol(c.getType());
            String local = address(c.getLocalAddress());
            Element owner = builder.find(processId(c.getowningProcessId()));
            if (c.getState() == TcpState.LISTEN || (protocol == TransportProtocol.UDP || protocol == TransportProtocol.UDP6) && c.getForeignPort() == 0) {
                ListeningPort port = builder.element(P.getListeningPort(), TwinBuilder.id("port", c.getType(), local, c.getLocalPort()),
                        c.getType() + " " + local + ":" + c.getLocalPort(), (ListeningPort l) -> {
                            l.setProtocol(protocol);
                            l.setAddress(local);
                            l.setPort(c.getLocalPort());
                        });
                builder.edge(owner, DependencyType.LISTENS_ON, port);
                continue;
            }
            String remote = address(c.getForeignAddress());
            Connection connection = builder.element(P.getConnection(),
                    TwinBuilder.id("conn", c.getType(), local, c.getLocalPort(), remote, c.getForeignPort()),
                    local + ":" + c.getLocalPort() + " → " + remote + ":" + c.getForeignPort(), (Connection e) -> {
                        e.setProtocol(protocol);
                        e.setLocalAddress(local);
                        e.setLocalPort(c.getLocalPort());
                        e.setRemoteAddress(remote);
                        e.setRemotePort(c.getForeignPort());
                        e.setState(c.getState().name());
                    });
            builder.edge(owner, DependencyType.CONNECTS_TO, connection);
        }
    }

    private static TransportProtocol protocol(String type) {
        return switch (type) {
            case "tcp6" -> TransportProtocol.TCP6;
            case "udp4" -> TransportProtocol.UDP;
            case "udp6" -> TransportProtocol.UDP6;
            default -> TransportProtocol.TCP;
        };
    }

    private static String address(byte[] raw) {
        try {
            return raw.length == 0 ? "*" : InetAddress.getByAddress(raw).getHostAddress();
        } catch (UnknownHostException e) {
            return "?";
        }
    }
}
