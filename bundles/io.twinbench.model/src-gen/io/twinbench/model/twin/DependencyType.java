/**
 */
package io.twinbench.model.twin;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Dependency Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.twinbench.model.twin.TwinPackage#getDependencyType()
 * @model
 * @generated
 */
public enum DependencyType implements Enumerator {
	/**
	 * The '<em><b>REQUIRES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES_VALUE
	 * @generated
	 * @ordered
	 */
	REQUIRES(0, "REQUIRES", "REQUIRES"),

	/**
	 * The '<em><b>RUNS ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNS_ON_VALUE
	 * @generated
	 * @ordered
	 */
	RUNS_ON(1, "RUNS_ON", "RUNS_ON"),

	/**
	 * The '<em><b>LISTENS ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTENS_ON_VALUE
	 * @generated
	 * @ordered
	 */
	LISTENS_ON(2, "LISTENS_ON", "LISTENS_ON"),

	/**
	 * The '<em><b>CONNECTS TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTS_TO_VALUE
	 * @generated
	 * @ordered
	 */
	CONNECTS_TO(3, "CONNECTS_TO", "CONNECTS_TO"),

	/**
	 * The '<em><b>CONFIGURED BY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIGURED_BY_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIGURED_BY(4, "CONFIGURED_BY", "CONFIGURED_BY"),

	/**
	 * The '<em><b>OWNED BY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWNED_BY_VALUE
	 * @generated
	 * @ordered
	 */
	OWNED_BY(5, "OWNED_BY", "OWNED_BY"),

	/**
	 * The '<em><b>CHILD OF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_OF_VALUE
	 * @generated
	 * @ordered
	 */
	CHILD_OF(6, "CHILD_OF", "CHILD_OF"),

	/**
	 * The '<em><b>MOUNTED ON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUNTED_ON_VALUE
	 * @generated
	 * @ordered
	 */
	MOUNTED_ON(7, "MOUNTED_ON", "MOUNTED_ON"),

	/**
	 * The '<em><b>PART OF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_OF_VALUE
	 * @generated
	 * @ordered
	 */
	PART_OF(8, "PART_OF", "PART_OF"),

	/**
	 * The '<em><b>PROVIDED BY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDED_BY_VALUE
	 * @generated
	 * @ordered
	 */
	PROVIDED_BY(9, "PROVIDED_BY", "PROVIDED_BY");

	/**
	 * The '<em><b>REQUIRES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REQUIRES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REQUIRES_VALUE = 0;

	/**
	 * The '<em><b>RUNS ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RUNS_ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RUNS_ON_VALUE = 1;

	/**
	 * The '<em><b>LISTENS ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LISTENS_ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LISTENS_ON_VALUE = 2;

	/**
	 * The '<em><b>CONNECTS TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONNECTS_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONNECTS_TO_VALUE = 3;

	/**
	 * The '<em><b>CONFIGURED BY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIGURED_BY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIGURED_BY_VALUE = 4;

	/**
	 * The '<em><b>OWNED BY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OWNED_BY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OWNED_BY_VALUE = 5;

	/**
	 * The '<em><b>CHILD OF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHILD_OF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHILD_OF_VALUE = 6;

	/**
	 * The '<em><b>MOUNTED ON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUNTED_ON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOUNTED_ON_VALUE = 7;

	/**
	 * The '<em><b>PART OF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PART_OF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PART_OF_VALUE = 8;

	/**
	 * The '<em><b>PROVIDED BY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVIDED_BY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVIDED_BY_VALUE = 9;

	/**
	 * An array of all the '<em><b>Dependency Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DependencyType[] VALUES_ARRAY =
		new DependencyType[] {
			REQUIRES,
			RUNS_ON,
			LISTENS_ON,
			CONNECTS_TO,
			CONFIGURED_BY,
			OWNED_BY,
			CHILD_OF,
			MOUNTED_ON,
			PART_OF,
			PROVIDED_BY,
		};

	/**
	 * A public read-only list of all the '<em><b>Dependency Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DependencyType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Dependency Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DependencyType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DependencyType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dependency Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DependencyType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DependencyType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Dependency Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DependencyType get(int value) {
		switch (value) {
			case REQUIRES_VALUE: return REQUIRES;
			case RUNS_ON_VALUE: return RUNS_ON;
			case LISTENS_ON_VALUE: return LISTENS_ON;
			case CONNECTS_TO_VALUE: return CONNECTS_TO;
			case CONFIGURED_BY_VALUE: return CONFIGURED_BY;
			case OWNED_BY_VALUE: return OWNED_BY;
			case CHILD_OF_VALUE: return CHILD_OF;
			case MOUNTED_ON_VALUE: return MOUNTED_ON;
			case PART_OF_VALUE: return PART_OF;
			case PROVIDED_BY_VALUE: return PROVIDED_BY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DependencyType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DependencyType
