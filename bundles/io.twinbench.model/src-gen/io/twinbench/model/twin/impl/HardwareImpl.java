/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.Hardware;
import io.twinbench.model.twin.TwinPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hardware</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class HardwareImpl extends ElementImpl implements Hardware {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HardwareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.HARDWARE;
	}

} //HardwareImpl
