package dev.fahras.opensearch;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.opensearch.index.query.Operator;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.AbstractQueryTestCase;
import org.opensearch.test.TestGeoShapeFieldMapperPlugin;

/**
 * {@code fahras_match} through OpenSearch's own query test suite: random builders parsed from and
 * printed to JSON (with unknown fields and objects refused), serialized between versions, equal and
 * hashed consistently, boosted and named, and turned into Lucene queries on the suite's mapping.
 */
public class TestFahrasMatchQueryBuilder extends AbstractQueryTestCase<FahrasMatchQueryBuilder> {
  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    // the suite maps a geo_shape field, which a plugin (here the test one) must provide
    return List.of(FahrasAnalysisPlugin.class, TestGeoShapeFieldMapperPlugin.class);
  }

  @Override
  protected FahrasMatchQueryBuilder doCreateTestQueryBuilder() {
    String field = randomFrom(TEXT_FIELD_NAME, TEXT_ALIAS_FIELD_NAME, KEYWORD_FIELD_NAME);
    String text =
        randomFrom("سجن الصناعة", "قوات سوريا الديمقراطية", "وأدرى", getRandomQueryText());
    FahrasMatchQueryBuilder b = new FahrasMatchQueryBuilder(field, text);
    if (randomBoolean()) b.operator(randomFrom(Operator.values()));
    if (randomBoolean()) b.minimumShouldMatch(randomMinimumShouldMatch());
    return b;
  }

  @Override
  protected void doAssertLuceneQuery(
      FahrasMatchQueryBuilder builder, Query query, QueryShardContext context) throws IOException {
    assertNotNull(query);
    if (query instanceof MatchNoDocsQuery) return;
    // every term searched is on the field the builder names (an alias resolved to its field)
    String field = context.getFieldType(builder.field()).name();
    Set<String> fields = new java.util.HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            for (Term t : terms) fields.add(t.field());
          }

          @Override
          public QueryVisitor getSubVisitor(
              org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    for (String f : fields) assertEquals(field, f);
  }

  public void testNumbersAndDatesAreRefused() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> new FahrasMatchQueryBuilder(INT_FIELD_NAME, "12").toQuery(createShardContext()));
    assertTrue(e.getMessage(), e.getMessage().contains(INT_FIELD_NAME));
  }
}
