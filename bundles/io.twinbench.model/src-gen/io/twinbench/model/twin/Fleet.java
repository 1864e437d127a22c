/**
 */
package io.twinbench.model.twin;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fleet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The twins an analyst keeps in one workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.Fleet#getTwins <em>Twins</em>}</li>
 * </ul>
 *
 * @see io.twinbench.model.twin.TwinPackage#getFleet()
 * @model
 * @generated
 */
public interface Fleet extends EObject {
	/**
	 * Returns the value of the '<em><b>Twins</b></em>' containment reference list.
	 * The list contents are of type {@link io.twinbench.model.twin.Twin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Twins</em>' containment reference list.
	 * @see io.twinbench.model.twin.TwinPackage#getFleet_Twins()
	 * @model containment="true"
	 * @generated
	 */
	EList<Twin> getTwins();

} // Fleet
