/**
 */
package io.twinbench.model.twin.impl;

import io.twinbench.model.twin.FileSystem;
import io.twinbench.model.twin.TwinPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>File System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.twinbench.model.twin.impl.FileSystemImpl#getMount <em>Mount</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.FileSystemImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.FileSystemImpl#getTotalBytes <em>Total Bytes</em>}</li>
 *   <li>{@link io.twinbench.model.twin.impl.FileSystemImpl#getUsableBytes <em>Usable Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FileSystemImpl extends HardwareImpl implements FileSystem {
	/**
	 * The default value of the '{@link #getMount() <em>Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMount()
	 * @generated
	 * @ordered
	 */
	protected static final String MOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMount() <em>Mount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMount()
	 * @generated
	 * @ordered
	 */
	protected String mount = MOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

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
	 * The default value of the '{@link #getUsableBytes() <em>Usable Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsableBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long USABLE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUsableBytes() <em>Usable Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsableBytes()
	 * @generated
	 * @ordered
	 */
	protected long usableBytes = USABLE_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FileSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TwinPackage.Literals.FILE_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMount() {
		return mount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMount(String newMount) {
		String oldMount = mount;
		mount = newMount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.FILE_SYSTEM__MOUNT, oldMount, mount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.FILE_SYSTEM__TYPE, oldType, type));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.FILE_SYSTEM__TOTAL_BYTES, oldTotalBytes, totalBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUsableBytes() {
		return usableBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsableBytes(long newUsableBytes) {
		long oldUsableBytes = usableBytes;
		usableBytes = newUsableBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TwinPackage.FILE_SYSTEM__USABLE_BYTES, oldUsableBytes, usableBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TwinPackage.FILE_SYSTEM__MOUNT:
				return getMount();
			case TwinPackage.FILE_SYSTEM__TYPE:
				return getType();
			case TwinPackage.FILE_SYSTEM__TOTAL_BYTES:
				return getTotalBytes();
			case TwinPackage.FILE_SYSTEM__USABLE_BYTES:
				return getUsableBytes();
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
			case TwinPackage.FILE_SYSTEM__MOUNT:
				setMount((String)newValue);
				return;
			case TwinPackage.FILE_SYSTEM__TYPE:
				setType((String)newValue);
				return;
			case TwinPackage.FILE_SYSTEM__TOTAL_BYTES:
				setTotalBytes((Long)newValue);
				return;
			case TwinPackage.FILE_SYSTEM__USABLE_BYTES:
				setUsableBytes((Long)newValue);
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
			case TwinPackage.FILE_SYSTEM__MOUNT:
				setMount(MOUNT_EDEFAULT);
				return;
			case TwinPackage.FILE_SYSTEM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case TwinPackage.FILE_SYSTEM__TOTAL_BYTES:
				setTotalBytes(TOTAL_BYTES_EDEFAULT);
				return;
			case TwinPackage.FILE_SYSTEM__USABLE_BYTES:
				setUsableBytes(USABLE_BYTES_EDEFAULT);
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
			case TwinPackage.FILE_SYSTEM__MOUNT:
				return MOUNT_EDEFAULT == null ? mount != null : !MOUNT_EDEFAULT.equals(mount);
			case TwinPackage.FILE_SYSTEM__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case TwinPackage.FILE_SYSTEM__TOTAL_BYTES:
				return totalBytes != TOTAL_BYTES_EDEFAULT;
			case TwinPackage.FILE_SYSTEM__USABLE_BYTES:
				return usableBytes != USABLE_BYTES_EDEFAULT;
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
		result.append(" (mount: ");
		result.append(mount);
		result.append(", type: ");
		result.append(type);
		result.append(", totalBytes: ");
		result.append(totalBytes);
		result.append(", usableBytes: ");
		result.append(usableBytes);
		result.append(')');
		return result.toString();
	}

} //FileSystemImpl
