// Which of the referenced organization, region and industry exist (null references count as present).
RETURN $orgId IS NULL OR EXISTS { MATCH (:Organization {id: $orgId}) } AS orgFound,
       $regionId IS NULL OR EXISTS { MATCH (:Region {id: $regionId}) } AS regionFound,
       $industryId IS NULL OR EXISTS { MATCH (:Industry {id: $industryId}) } AS industryFound
