package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestCatalog;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.extract.Extractors;
import org.newskg.graph.ArticleProvenance;

class SparqlServerTest {

    @TempDir
    static Path dir;
    static DatasetGraph dataset;
    static FusekiServer secured;
    static FusekiServer readOnly;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        dataset = Stores.tdb2(dir.resolve("tdb2"));
        var facts = new Extraction(Extractors.standard(TestCatalog.small()))
                .extract(new Article("seed", "Huawei sues", null, null, null, "Chinese firm Huawei sued the US in Canada."));
        new ArticleStore(dataset).put(facts, new ArticleProvenance(Instant.now(), "h"));
        Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        secured = SparqlServer.create(dataset).port(0).passwordFile(passwords).workArea(dir.resolve("run")).build().start();
        readOnly = SparqlServer.create(dataset).port(0).ui(false).build().start();
    }

    @AfterAll
    static void stop() {
        secured.stop();
        readOnly.stop();
        dataset.close();
    }

    private static String base(FusekiServer s) {
        return "http://127.0.0.1:" + s.getHttpPort();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder form(String url, String field, String value) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_sparql_query_over_http_returns_the_articles_entities() throws Exception {
        for (String endpoint : new String[] {"/newskg/sparql", "/newskg/query"}) {
            var r = send(form(base(secured) + endpoint, "query",
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                            + "SELECT ?name { ?e rdfs:label ?name } ORDER BY ?name").header("Accept", "text/csv"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("Huawei") && r.body().contains("United States") && r.body().contains("Canada"), r.body());
        }
    }

    @Test
    void the_web_ui_is_served_at_the_root() throws Exception {
        var r = send(HttpRequest.newBuilder(URI.create(base(secured) + "/")).GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("fuseki"), r.body());
    }

    @Test
    void an_update_without_credentials_gets_401_and_with_them_succeeds() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:test> { <urn:s> <urn:p> \"added\" } }";
        assertEquals(401, send(form(base(secured) + "/newskg/update", "update", update)).statusCode());
        assertEquals(401, send(form(base(secured) + "/newskg/update", "update", update)
                .header("Authorization", basic("editor", "wrong"))).statusCode());
        var ok = send(form(base(secured) + "/newskg/update", "update", update).header("Authorization", basic("editor", "s3cret")));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.statusCode() + " " + ok.body());
        var check = send(form(base(secured) + "/newskg/sparql", "query", "ASK { GRAPH <urn:test> { <urn:s> <urn:p> \"added\" } }")
                .header("Accept", "application/sparql-results+json"));
        assertTrue(check.body().contains("true"), check.body());
    }

    @Test
    void a_read_only_server_offers_no_update_endpoint() throws Exception {
        var r = send(form(base(readOnly) + "/newskg/update", "update", "CLEAR ALL"));
        assertTrue(r.statusCode() == 404 || r.statusCode() == 405 || r.statusCode() == 400, r.statusCode() + " " + r.body());
        var q = send(form(base(readOnly) + "/newskg/sparql", "update", "CLEAR ALL"));
        assertTrue(q.statusCode() >= 400, "a query endpoint must not run updates: " + q.statusCode());
    }

    @Test
    void admin_writes_need_a_login() throws Exception {
        var create = HttpRequest.newBuilder(URI.create(base(secured) + "/$/datasets?dbName=evil&dbType=mem"))
                .POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(401, send(create).statusCode());
        var listing = send(HttpRequest.newBuilder(URI.create(base(secured) + "/$/datasets")).GET());
        assertEquals(200, listing.statusCode());
        assertTrue(listing.body().contains("/newskg"), listing.body());
        assertTrue(!listing.body().contains("evil"));
    }

    @Test
    void a_runaway_query_is_cut_off_and_the_server_stays_up() throws Exception {
        FusekiServer quick = SparqlServer.create(dataset).port(0).ui(false).queryTimeout(Duration.ofMillis(300)).build().start();
        try {
            String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
            var r = send(form(base(quick) + "/newskg/sparql", "query", runaway));
            assertEquals(503, r.statusCode(), r.body());
            var ping = send(form(base(quick) + "/newskg/sparql", "query", "ASK {}"));
            assertEquals(200, ping.statusCode());
        } finally {
            quick.stop();
        }
    }
}
