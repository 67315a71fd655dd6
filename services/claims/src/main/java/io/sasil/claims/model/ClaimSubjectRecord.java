package io.sasil.claims.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A glossary entry mentioned inside a stored claim: what the entity filter and the per-entity counts read. */
@Entity
@Table(name = "claim_subject")
@IdClass(ClaimSubjectRecord.Key.class)
public class ClaimSubjectRecord extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public long claimId;

    @Id
    @Column(name = "entry_id")
    public long entryId;

    @Column(name = "document_id")
    public long documentId;

    /** The composite key. */
    public static class Key implements Serializable {
        public long claimId;
        public long entryId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.claimId == claimId && k.entryId == entryId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(claimId) * 31 + Long.hashCode(entryId);
        }
    }
}
