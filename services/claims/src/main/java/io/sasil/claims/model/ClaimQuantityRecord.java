package io.sasil.claims.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.sasil.common.contract.Bound;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One quantity of a stored claim, in columns that SQL can filter: the unit, the numeric value of a
 * measure (and the upper end of a range), the ISO value of a temporal one and the days it covers.
 */
@Entity
@Table(name = "claim_quantity")
public class ClaimQuantityRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id")
    public long claimId;

    @Column(name = "document_id")
    public long documentId;

    /** Position of the quantity in its claim, from 0. */
    public int position;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public String text;

    public String unit;

    public String counter;

    /** The value of a measure; null for temporal quantities and values beyond a double. */
    @Column(name = "numeric_value")
    public Double numericValue;

    /** The upper end of a range ({@code 25000~30000원}); null otherwise. */
    @Column(name = "upper_value")
    public Double upperValue;

    /** The ISO 8601 value of a date, date-time, duration or interval. */
    @Column(name = "temporal_value")
    public String temporalValue;

    /** First day a date or interval covers; null when it has no calendar extent. */
    @Column(name = "period_start")
    public LocalDate periodStart;

    /** Day after the last day it covers (exclusive). */
    @Column(name = "period_end")
    public LocalDate periodEnd;

    public boolean approximate;

    @Enumerated(EnumType.STRING)
    public Bound bound;
}
