/**
 */
package io.twinbench.model.twin;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything a twin is made of. Every element records when it was first and last seen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Element#getId <em>Id</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Element#getName <em>Name</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Element#getFirstSeen <em>First Seen</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Element#getLastSeen <em>Last Seen</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Element#getTwin <em>Twin</em>}</li>
 *   <li>{@link io.twinbench.model.twin.Element#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getElement()
 * @model abstract="true"
 * @generated
 */
public interface Element extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.twinbench.model.twin.TwinPackage#getElement_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Element#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.twinbench.model.twin.TwinPackage#getElement_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Element#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>First Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Seen</em>' attribute.
	 * @see #setFirstSeen(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getElement_FirstSeen()
	 * @model
	 * @generated
	 */
	Date getFirstSeen();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Element#getFirstSeen <em>First Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Seen</em>' attribute.
	 * @see #getFirstSeen()
	 * @generated
	 */
	void setFirstSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Last Seen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Seen</em>' attribute.
	 * @see #setLastSeen(Date)
	 * @see io.twinbench.model.twin.TwinPackage#getElement_LastSeen()
	 * @model
	 * @generated
	 */
	Date getLastSeen();

	/**
	 * Sets the value of the '{@link io.twinbench.model.twin.Element#getLastSeen <em>Last Seen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Seen</em>' attribute.
	 * @see #getLastSeen()
	 * @generated
	 */
	void setLastSeen(Date value);

	/**
	 * Returns the value of the '<em><b>Twin</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.twinbench.model.twin.Twin#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Twin</em>' container reference.
	 * @see io.twinbench.model.twin.TwinPackage#getElement_Twin()
	 * @see io.twinbench.model.twin.Twin#getElements
	 * @model opposite="elements" changeable="false"
	 * @generated
	 */
	Twin getTwin();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link io.twinbench.model.twin.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see io.twinbench.model.twin.TwinPackage#getElement_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getProperties();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of this element, for filtering and figures.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	ElementKind kind();

} // Element
