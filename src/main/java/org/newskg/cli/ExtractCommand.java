package org.newskg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.commons.io.output.WriterOutputStream;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.newskg.extract.Extraction;
import org.newskg.fact.FactsJson;
import org.newskg.graph.ArticleProvenance;
import org.newskg.graph.FactMapper;
import org.newskg.ingest.Extracted;
import org.newskg.ingest.ParallelExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg extract}: prints the facts of articles without storing them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
                "Extracts the facts of articles and writes them to standard output (or --output), in input",
                "order, without touching any store.",
                "",
                "facts-json writes one JSON object per article per line, in the facts-JSON interchange format",
                "that the evaluation tools read. trig and nquads write each article's named graph; turtle writes",
                "the triples of all articles as one graph."},
        footerHeading = "%nExamples:%n",
        footer = {"  newskg extract examples/articles/huawei-sues-us-government.txt --format turtle",
                "  newskg extract news.jsonl --format facts-json --output facts.jsonl"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every article was extracted", "1:some input failed", "2:usage error"})
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { facts_json, trig, nquads, turtle }

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "facts-json, trig, nquads or turtle. Default: facts-json.")
    Format format = Format.facts_json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Mixin
    LoggingOptions logging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        int[] failed = {0};
        try (OutputStream out = open()) {
            Writer writer = writer(out);
            Progress progress = new Progress(err, Progress.onTerminal() && output != null, -1);
            new ParallelExtraction(Extraction.standard(), input.threads).run(input.read(), probe -> false, item -> {
                progress.step(item.failed());
                if (item.failed()) {
                    failed[0]++;
                    err.println("error: " + item.origin() + ": " + item.error());
                } else {
                    writer.write(item);
                }
            });
            writer.finish();
            progress.finish();
        }
        err.flush();
        return failed[0] == 0 ? 0 : 1;
    }

    private OutputStream open() throws IOException {
        if (output == null)
            return new BufferedOutputStream(new NonClosing(WriterOutputStream.builder()
                    .setWriter(spec.commandLine().getOut()).setCharset(StandardCharsets.UTF_8).get()));
        return new BufferedOutputStream(Files.newOutputStream(output));
    }

    /** Writes extracted articles in the chosen format. */
    private interface Writer {
        void write(Extracted item);

        void finish();
    }

    private Writer writer(OutputStream out) {
        if (format == Format.facts_json) {
            PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
            return new Writer() {
                public void write(Extracted item) {
                    print.println(FactsJson.toLine(item.facts()));
                }

                public void finish() {
                    print.flush();
                }
            };
        }
        RDFFormat rdf = switch (format) {
            case trig -> RDFFormat.TRIG_BLOCKS;
            case nquads -> RDFFormat.NQUADS;
            default -> RDFFormat.TURTLE_BLOCKS;
        };
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, rdf);
        StreamRDF sink = format == Format.turtle ? triplesOnly(stream) : stream;
        sink.start();
        return new Writer() {
            public void write(Extracted item) {
                FactMapper.write(item.facts(), new ArticleProvenance(Instant.now(), item.contentHash()), sink);
            }

            public void finish() {
                sink.finish();
            }
        };
    }

    /** Drops graph names, for formats that hold one graph. */
    private static StreamRDF triplesOnly(StreamRDF out) {
        return new org.apache.jena.riot.system.StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                out.triple(quad.asTriple());
            }
        };
    }

    /** Accepts "facts-json" as well as the enum's own spelling. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_').toLowerCase());
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "'; expected facts-json, trig, nquads or turtle");
            }
        }
    }

    /** The command's output stays open after the command; closing only flushes it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
