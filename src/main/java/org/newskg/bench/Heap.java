package org.newskg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap measurements: what stays live after a full collection, and the highest use seen. */
final class Heap {

    private Heap() {}

    /** Bytes of heap in use right after a full collection: the live data. */
    static long liveAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The highest heap use since the JVM started (or the last reset), garbage included. */
    static long peakUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                sum += pool.getPeakUsage().getUsed();
        return sum;
    }

    static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                pool.resetPeakUsage();
    }
}
