/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.Processor;
import io.twinbench.model.twin.TwinPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Processor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessorImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessorImpl#getPhysicalCores <em>Physical Cores</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessorImpl#getLogicalCores <em>Logical Cores</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.ProcessorImpl#getMaxFrequencyHz <em>Max Frequency Hz</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProcessorImpl extends HardwareImpl implements Processor {
	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhysicalCores() <em>Physical Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalCores()
	 * @generated
	 * @ordered
	 */
	protected static final int PHYSICAL_CORES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPhysicalCores() <em>Physical Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhysicalCores()
	 * @generated
	 * @ordered
	 */
	protected int physicalCores = PHYSICAL_CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLogicalCores() <em>Logical Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalCores()
	 * @generated
	 * @ordered
	 */
	protected static final int LOGICAL_CORES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLogicalCores() <em>Logical Cores</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLogicalCores()
	 * @generated
	 * @ordered
	 */
	protected int logicalCores = LOGICAL_CORES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxFrequencyHz() <em>Max Frequency Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFrequencyHz()
	 * @generated
	 * @ordered
	 */
	protected static final long MAX_FREQUENCY_HZ_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMaxFrequencyHz() <em>Max Frequency Hz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxFrequencyHz()
	 * @generated
	 * @ordered
	 */
	protected long maxFrequencyHz = MAX_FREQUENCY_HZ_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProcessorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.PROCESSOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESSOR__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPhysicalCores() {
		return physicalCores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhysicalCores(int newPhysicalCores) {
		int oldPhysicalCores = physicalCores;
		physicalCores = newPhysicalCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESSOR__PHYSICAL_CORES, oldPhysicalCores, physicalCores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLogicalCores() {
		return logicalCores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogicalCores(int newLogicalCores) {
		int oldLogicalCores = logicalCores;
		logicalCores = newLogicalCores;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESSOR__LOGICAL_CORES, oldLogicalCores, logicalCores));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMaxFrequencyHz() {
		return maxFrequencyHz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxFrequencyHz(long newMaxFrequencyHz) {
		long oldMaxFrequencyHz = maxFrequencyHz;
		maxFrequencyHz = newMaxFrequencyHz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.PROCESSOR__MAX_FREQUENCY_HZ, oldMaxFrequencyHz, maxFrequencyHz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.PROCESSOR__VENDOR:
				return getVendor();
			case TwinPackage.PROCESSOR__PHYSICAL_CORES:
				return getPhysicalCores();
			case TwinPackage.PROCESSOR__LOGICAL_CORES:
				return getLogicalCores();
			case TwinPackage.PROCESSOR__MAX_FREQUENCY_HZ:
				return getMaxFrequencyHz();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TwinPackage.PROCESSOR__VENDOR:
				setVendor((String)newValue);
				return;
			case TwinPackage.PROCESSOR__PHYSICAL_CORES:
				setPhysicalCores((Integer)newValue);
				return;
			case TwinPackage.PROCESSOR__LOGICAL_CORES:
				setLogicalCores((Integer)newValue);
				return;
			case TwinPackage.PROCESSOR__MAX_FREQUENCY_HZ:
				setMaxFrequencyHz((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TwinPackage.PROCESSOR__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case TwinPackage.PROCESSOR__PHYSICAL_CORES:
				setPhysicalCores(PHYSICAL_CORES_EDEFAULT);
				return;
			case TwinPackage.PROCESSOR__LOGICAL_CORES:
				setLogicalCores(LOGICAL_CORES_EDEFAULT);
				return;
			case TwinPackage.PROCESSOR__MAX_FREQUENCY_HZ:
				setMaxFrequencyHz(MAX_FREQUENCY_HZ_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TwinPackage.PROCESSOR__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case TwinPackage.PROCESSOR__PHYSICAL_CORES:
				return physicalCores != PHYSICAL_CORES_EDEFAULT;
			case TwinPackage.PROCESSOR__LOGICAL_CORES:
				return logicalCores != LOGICAL_CORES_EDEFAULT;
			case TwinPackage.PROCESSOR__MAX_FREQUENCY_HZ:
				return maxFrequencyHz != MAX_FREQUENCY_HZ_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vendor: ");
		result.append(vendor);
		result.append(", physicalCores: ");
		result.append(physicalCores);
		result.append(", logicalCores: ");
		result.append(logicalCores);
		result.append(", maxFrequencyHz: ");
		result.append(maxFrequencyHz);
		result.append(')');
		return result.toString();
	}

} //ProcessorImpl
