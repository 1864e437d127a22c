package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.twinbench.protocol.Sample;

/**
 * SMART reports as smartctl 7 prints them with --json (this machine's virtual disks have no
 * SMART, so the reports of an ATA and an NVMe drive are given as smartctl writes them), and the
 * real smartctl, when installed, on this machine's disks.
 */
class SmartReaderTest {

    private static final String SCAN = """
            {"json_format_version":[1,0],"devices":[{"name":"/dev/sda","info_name":"/dev/sda [SAT]","type":"sat","protocol":"ATA"},
            {"name":"/dev/nvme0","info_name":"/dev/nvme0","type":"nvme","protocol":"NVMe"}]}""";
    private static final String ATA = """
            {"json_format_version":[1,0],"smartctl":{"version":[7,3],"exit_status":0},
             "device":{"name":"/dev/sda","info_name":"/dev/sda [SAT]","type":"sat","protocol":"ATA"},
             "smart_status":{"passed":true},
             "ata_smart_attributes":{"revision":16,"table":[
              {"id":1,"name":"Raw_Read_Error_Rate","value":117,"worst":99,"thresh":6,"when_failed":"","raw":{"value":152371384,"string":"152371384"}},
              {"id":5,"name":"Reallocated_Sector_Ct","value":97,"worst":97,"thresh":10,"when_failed":"","raw":{"value":88,"string":"88"}},
              {"id":194,"name":"Temperature_Celsius","value":33,"worst":45,"thresh":0,"when_failed":"","raw":{"value":33,"string":"33 (0 17 0 0 0)"}},
              {"id":197,"name":"Current_Pending_Sector","value":100,"worst":100,"thresh":0,"when_failed":"","raw":{"value":2,"string":"2"}}]},
             "temperature":{"current":33}}""";
    private static final String NVME = """
            {"json_format_version":[1,0],"smartctl":{"version":[7,3],"exit_status":4},
             "device":{"name":"/dev/nvme0","info_name":"/dev/nvme0","type":"nvme","protocol":"NVMe"},
             "smart_status":{"passed":false,"nvme":{"value":4}},
             "nvme_smart_health_information_log":{"critical_warning":4,"temperature":41,"available_spare":8,
              "available_spare_threshold":10,"percentage_used":97,"data_units_read":123,"media_errors":12},
             "temperature":{"current":41}}""";

    private static Map<String, Double> byMetric(List<Sample> samples, String element) {
        Map<String, Double> m = new TreeMap<>();
        samples.stream().filter(s -> s.element().equals(element)).forEach(s -> m.put(s.metric(), s.value()));
        return m;
    }

    @Test
    void ataAndNvmeReportsBecomeTheirDisksHealthSamples() {
        SmartReader reader = new SmartReader(arguments -> arguments.contains("--scan-open") ? SCAN
                : arguments.contains("/dev/sda") ? ATA : NVME, Clock.systemUTC());
        List<Sample> samples = reader.collect();
        assertEquals(Map.of("smart.healthy", 1.0, "smart.margin", 87.0, "smart.5.reallocated_sector_ct", 88.0, "smart.197.current_pending_sector", 2.0,
                "smart.temperature", 33.0), byMetric(samples, "disk/dev/sda"), "the margin is the least (97 - 10)");
        assertEquals(Map.of("smart.healthy", 0.0, "smart.percentage_used", 97.0, "smart.available_spare", 8.0,
                "smart.available_spare_threshold", 10.0, "smart.media_errors", 12.0, "smart.temperature", 41.0), byMetric(samples, "disk/dev/nvme0"));
    }

    @Test
    void aMissingOrBrokenSmartctlGivesNothingAndRaisesNothing() {
        assertEquals(List.of(), new SmartReader(arguments -> {
            throw new IOException("Cannot run program \"smartctl\"");
        }, Clock.systemUTC()).collect());
        assertEquals(List.of(), new SmartReader(arguments -> "not json", Clock.systemUTC()).collect());
    }

    @Test
    void theRealSmartctlOnThisMachineReadsWhatItsDisksExpose() {
        List<Sample> samples = new SmartReader(SmartReader.process("smartctl"), Clock.systemUTC()).collect();
        // virtual disks expose no SMART; a machine with real drives gets their health
        samples.forEach(s -> assertTrue(s.element().startsWith("disk/") && s.metric().startsWith("smart."), s.toString()));
        assertEquals(List.of(), new SmartReader(SmartReader.process("/nonexistent/smartctl"), Clock.systemUTC()).collect(),
                "a smartctl that is not there, really started: nothing, and nothing thrown");
    }
}
