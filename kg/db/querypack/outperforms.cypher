// outperforms: the methods a method is reported to outperform, with the paper saying so.
// param method: string -- the method's name, alias or key, e.g. VAR
// param limit: int = 50 -- at most this many rows
MATCH (a:Method)-[o:OUTPERFORMS]->(b:Method)
WHERE a.key = $method OR toLower(a.name) = toLower($method)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($method))
OPTIONAL MATCH (p:Paper {key: o.paper})
RETURN a.name AS method, b.name AS outperforms, o.metric AS metric, o.dataset AS dataset,
       coalesce(p.title, o.paper) AS paper
ORDER BY outperforms, paper
LIMIT $limit
