package dev.fahras.opensearch;

import dev.fahras.eval.RetrievalSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.search.SearchType;
import org.opensearch.search.SearchHit;

/** Passages from an index on the cluster, for evaluation beside the library. */
final class ClusterSystem implements RetrievalSystem {
  private final String name;
  private final Function<String, SearchResponse> search;

  /** {@code search} runs a query with {@link SearchType#DFS_QUERY_THEN_FETCH}, top 10. */
  ClusterSystem(String name, Function<String, SearchResponse> search) {
    this.name = name;
    this.search = search;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Result> search(String query, int k) {
    List<Result> out = new ArrayList<>();
    for (SearchHit h : search.apply(query).getHits().getHits()) {
      Map<String, Object> source = h.getSourceAsMap();
      out.add(new Result((String) source.get("doc_id"), h.getId(), (String) source.get("text")));
      if (out.size() == k) break;
    }
    return out;
  }

  @Override
  public void close() {}
}
