/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.Memory;
import io.twinbench.model.twin.TwinPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memory</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.MemoryImpl#getTotalBytes <em>Total Bytes</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.MemoryImpl#getSwapTotalBytes <em>Swap Total Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemoryImpl extends HardwareImpl implements Memory {
	/**
	 * The default value of the '{@link #getTotalBytes() <em>Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long TOTAL_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTotalBytes() <em>Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected long totalBytes = TOTAL_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSwapTotalBytes() <em>Swap Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long SWAP_TOTAL_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSwapTotalBytes() <em>Swap Total Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapTotalBytes()
	 * @generated
	 * @ordered
	 */
	protected long swapTotalBytes = SWAP_TOTAL_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.MEMORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTotalBytes() {
		return totalBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalBytes(long newTotalBytes) {
		long oldTotalBytes = totalBytes;
		totalBytes = newTotalBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.MEMORY__TOTAL_BYTES, oldTotalBytes, totalBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSwapTotalBytes() {
		return swapTotalBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwapTotalBytes(long newSwapTotalBytes) {
		long oldSwapTotalBytes = swapTotalBytes;
		swapTotalBytes = newSwapTotalBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.MEMORY__SWAP_TOTAL_BYTES, oldSwapTotalBytes, swapTotalBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.MEMORY__TOTAL_BYTES:
				return getTotalBytes();
			case TwinPackage.MEMORY__SWAP_TOTAL_BYTES:
				return getSwapTotalBytes();
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
			case TwinPackage.MEMORY__TOTAL_BYTES:
				setTotalBytes((Long)newValue);
				return;
			case TwinPackage.MEMORY__SWAP_TOTAL_BYTES:
				setSwapTotalBytes((Long)newValue);
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
			case TwinPackage.MEMORY__TOTAL_BYTES:
				setTotalBytes(TOTAL_BYTES_EDEFAULT);
				return;
			case TwinPackage.MEMORY__SWAP_TOTAL_BYTES:
				setSwapTotalBytes(SWAP_TOTAL_BYTES_EDEFAULT);
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
			case TwinPackage.MEMORY__TOTAL_BYTES:
				return totalBytes != TOTAL_BYTES_EDEFAULT;
			case TwinPackage.MEMORY__SWAP_TOTAL_BYTES:
				return swapTotalBytes != SWAP_TOTAL_BYTES_EDEFAULT;
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
		result.append(" (totalBytes: ");
		result.append(totalBytes);
		result.append(", swapTotalBytes: ");
		result.append(swapTotalBytes);
		result.append(')');
		return result.toString();
	}

} //MemoryImpl
