package org.newskg.bench;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads an RDF file into a new TDB2 store with Jena's own bulk loader, the phased loader that
 * {@code tdb2.tdbloader} picks for an empty store. Run in a child JVM as the yardstick for ingest.
 */
public final class BulkLoad {

    private BulkLoad() {}

    /**
     * {@code BulkLoad STORE-DIR FILE}: prints the number of quads loaded. Exits explicitly, as the
     * loader's worker threads could keep a failed JVM alive.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BulkLoad STORE-DIR FILE");
            System.exit(2);
        }
        int status = 0;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Path.of(args[0]).toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            loader.load(args[1]);
            loader.finishBulk();
            System.out.println(loader.countQuads() + " quads");
        } catch (RuntimeException e) {
            loader.finishException(e);
            e.printStackTrace();
            status = 1;
        }
        dsg.close();
        System.exit(status);
    }
}
